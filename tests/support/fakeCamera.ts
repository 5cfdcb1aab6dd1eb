import { writeFileSync } from 'node:fs';
import QRCode from 'qrcode';

const width = 640;
const height = 480;

/**
 * A camera picture for Chromium's fake capture device (`--use-file-for-fake-video-capture`): one
 * YUV4MPEG2 frame showing a QR code of `text`, black on white with a quiet zone, which Chromium
 * plays in a loop as the phone's camera.
 */
export function writeQrCameraFile(path: string, text: string): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const modules = qr.modules.size;
  const scale = Math.floor(400 / (modules + 8));
  const left = Math.floor((width - modules * scale) / 2);
  const top = Math.floor((height - modules * scale) / 2);
  const luma = Buffer.alloc(width * height, 235);
  for (let row = 0; row < modules * scale; row++) {
    for (let col = 0; col < modules * scale; col++) {
      if (qr.modules.get(Math.floor(row / scale), Math.floor(col / scale))) luma[(top + row) * width + left + col] = 16;
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\nFRAME\n`);
  writeFileSync(path, Buffer.concat([header, luma, chroma, chroma]));
}
