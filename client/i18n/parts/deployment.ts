/** Strings of one feature, German first; en must have exactly the same keys. */
export const de = {
  'deploy.insecure.title': 'Achtung: Die Adresse für Telefone ist unverschlüsselt (http://)',
  'deploy.insecure.address': 'Telefone bekommen {url}.',
  'deploy.insecure.thisPage': 'Diese Seite ist über eine unverschlüsselte Adresse geöffnet.',
  'deploy.insecure.loss':
    'Über http:// gilt die Seite auf Telefonen nicht als sicher: Sie funktioniert dann nicht offline, lässt sich nicht installieren, und Fragen in der Warteschlange gehen verloren, wenn der Tab geschlossen wird.',
  'deploy.insecure.fix':
    'Abhilfe: ein Zertifikat für einen Namen, den die Telefone kennen (TLS_CERT, TLS_KEY), oder ein HTTPS-Proxy davor, und PUBLIC_URL=https://… – siehe docs/deployment.md.',
  'deploy.version': 'Ortstermin, Version {version}',
};
