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
