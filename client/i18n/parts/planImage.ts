/** The floor plan's image on the organizer page (issue 25). */
export const de = {
  'planImage.title': 'Lageplan als Bild',
  'planImage.hint': 'Das Bild liegt auf jedem Handy unter den Räumen und Ständen der Karte und bleibt offline sichtbar. Erlaubt: PNG, JPEG oder SVG. Orts- und Kameradaten im Bild werden entfernt, aus einer SVG-Datei auch Skripte, Links und Autorenangaben.',
  'planImage.current': 'Jetzt auf der Karte: {type}, {size} MB',
  'planImage.none': 'Noch kein Bild: Die Karte zeigt nur die gezeichneten Räume und Stände.',
  'planImage.file': 'Bilddatei',
  'planImage.upload': 'Hochladen und zeigen',
  'planImage.saved': 'Das Bild ist jetzt auf der Karte.',
  'planImage.remove': 'Bild entfernen',
  'planImage.removed': 'Das Bild ist nicht mehr auf der Karte.',
  'planImage.pickFirst': 'Bitte zuerst eine Bilddatei wählen.',
} as const;

export const en: Record<keyof typeof de, string> = {
  'planImage.title': 'Floor plan image',
  'planImage.hint': 'Every phone shows the image under the map’s rooms and stands, also offline. Allowed: PNG, JPEG or SVG. Location and camera data in the image are removed, and from an SVG file also scripts, links and author details.',
  'planImage.current': 'On the map now: {type}, {size} MB',
  'planImage.none': 'No image yet: the map shows only the drawn rooms and stands.',
  'planImage.file': 'Image file',
  'planImage.upload': 'Upload and show',
  'planImage.saved': 'The image is now on the map.',
  'planImage.remove': 'Remove image',
  'planImage.removed': 'The image is no longer on the map.',
  'planImage.pickFirst': 'Please choose an image file first.',
};
