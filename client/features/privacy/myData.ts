import type { SendResult } from '../../sync/commandResult';
import { sendCommand } from '../../sync/connection';
import { forgetListing } from '../directory/myListing';
import { forgetComments } from '../polls/myFeedback';
import { forgetAllQuestions, myQuestions } from '../questions/myQuestions';

/**
 * "Meine Daten" erased: the server erases what this device sent (its signed device id is the
 * proof), then the words leave the phone too. Sent now, not through the outbox: the person waits
 * for the answer and sees it.
 */
export async function eraseMyData(): Promise<SendResult> {
  const questionIds = myQuestions().map((question) => question.id);
  const result = await sendCommand('own-data:erase', { questionIds });
  if (result.ok) {
    forgetAllQuestions();
    forgetComments();
    // The erasure took the listing off: its id and request mailbox go with it.
    forgetListing();
  }
  return result;
}
