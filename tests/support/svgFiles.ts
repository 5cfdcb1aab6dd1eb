/** A venue plan as Inkscape saves one: metadata, editor attributes, a gradient, a symbol used twice, text, a logo. */
export const venuePlanSvg = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!-- Created with Inkscape (http://www.inkscape.org/) -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
   xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
   xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"
   width="297mm" height="210mm" viewBox="0 0 1000 600" version="1.1" id="plan"
   inkscape:version="1.2" sodipodi:docname="Stadthalle_EG.svg" inkscape:export-filename="/home/hmueller/Plaene/eg.png">
  <sodipodi:namedview id="namedview1" pagecolor="#ffffff" inkscape:zoom="0.7"/>
  <metadata><rdf:RDF><dc:creator>Hausmeister Müller</dc:creator><dc:date>2026-03-01</dc:date></rdf:RDF></metadata>
  <title>Stadthalle Kaiserslautern, Erdgeschoss</title>
  <defs>
    <linearGradient id="floor"><stop offset="0" stop-color="#f4f1ea"/><stop offset="1" stop-color="#e2ddd0"/></linearGradient>
    <symbol id="table" viewBox="0 0 10 10"><rect width="10" height="6" rx="1"/></symbol>
    <style><![CDATA[ .wall { stroke: #333; stroke-width: 4 } .room > text { font: 14px sans-serif } ]]></style>
  </defs>
  <g inkscape:label="Grundriss" inkscape:groupmode="layer" id="layer1">
    <rect class="wall" x="10" y="10" width="980" height="580" fill="url(#floor)" style="fill-opacity:1;stroke-linejoin:round"/>
    <path class="wall" d="M 440,20 V 280 H 980" fill="none" sodipodi:nodetypes="ccc"/>
    <g class="room" id="foyer"><rect x="440" y="20" width="540" height="260" fill="#dfe8f5"/><text x="700" y="150" text-anchor="middle">Foyer &amp; Café</text></g>
    <use href="#table" x="500" y="60" width="40" height="40"/>
    <use xlink:href="#table" x="560" y="60" width="40" height="40"/>
    <polygon points="100,350 300,350 250,500" fill="#c8e6c9"/>
    <circle cx="800" cy="160" r="50" fill="none" stroke="#1565c0" stroke-dasharray="4 2"/>
    <image x="20" y="540" width="40" height="40" href="data:image/png;base64,iVBORw0KGgo="/>
  </g>
</svg>
`;

/** What turns an SVG into a page that acts: each must be gone, or the file refused. */
export const hostileSvgs: Record<string, string> = {
  script: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect width="1" height="1"/></svg>',
  'script with CDATA': '<svg xmlns="http://www.w3.org/2000/svg"><script><![CDATA[alert(1)]]></script></svg>',
  'namespaced script': '<svg xmlns="http://www.w3.org/2000/svg" xmlns:h="http://www.w3.org/1999/xhtml"><h:script>alert(1)</h:script></svg>',
  'onload on the root': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>',
  'onclick, upper case': '<svg xmlns="http://www.w3.org/2000/svg"><rect ONCLICK="alert(1)" onMouseOver="alert(2)" width="1" height="1"/></svg>',
  'external href on use': '<svg xmlns="http://www.w3.org/2000/svg"><use href="https://evil.example/x.svg#a"/></svg>',
  'external xlink:href on image': '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="http://evil.example/track.png"/></svg>',
  'javascript link': '<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><text>klick</text></a></svg>',
  'javascript link with entities': '<svg xmlns="http://www.w3.org/2000/svg"><a href="&#106;avascript:alert(1)"><rect width="1" height="1"/></a></svg>',
  'data: svg image': '<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+"/></svg>',
  'data: html via use': '<svg xmlns="http://www.w3.org/2000/svg"><use href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"/></svg>',
  foreignObject: '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example"/></foreignObject></svg>',
  'animate rewriting href': '<svg xmlns="http://www.w3.org/2000/svg"><a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a></svg>',
  'set rewriting href': '<svg xmlns="http://www.w3.org/2000/svg"><set attributeName="onmouseover" to="alert(1)"/></svg>',
  'style with @import': '<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://evil.example/x.css);</style></svg>',
  'style with external url': '<svg xmlns="http://www.w3.org/2000/svg"><style>rect { fill: url("https://evil.example/p.svg#g") }</style></svg>',
  'style attribute with url': '<svg xmlns="http://www.w3.org/2000/svg"><rect style="background:url(//evil.example/beacon)" width="1" height="1"/></svg>',
  'style with escaped url': '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:u\\72l(//evil.example/x)" width="1" height="1"/></svg>',
  'fill pointing outside': '<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(https://evil.example/p.svg#g)" width="1" height="1"/></svg>',
  'filter pointing outside': '<svg xmlns="http://www.w3.org/2000/svg"><rect filter="url(&quot;//evil.example/f.svg#f&quot;)" width="1" height="1"/></svg>',
  'xml:base': '<svg xmlns="http://www.w3.org/2000/svg" xml:base="https://evil.example/"><use href="#a"/></svg>',
  iframe: '<svg xmlns="http://www.w3.org/2000/svg"><iframe src="https://evil.example"/></svg>',
  'xml-stylesheet': '<?xml-stylesheet href="https://evil.example/x.xsl" type="text/xsl"?><svg xmlns="http://www.w3.org/2000/svg"/>',
  'handler in a nested svg': '<svg xmlns="http://www.w3.org/2000/svg"><svg onload="alert(1)"><g onfocus="alert(2)"/></svg></svg>',
};

/** Refused outright: not a drawing, or made to harm the parser. */
export const refusedSvgs: Record<string, string> = {
  'entity expansion': '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>',
  'external entity': '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>',
  'plain DOCTYPE': '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg xmlns="http://www.w3.org/2000/svg"/>',
  'an HTML page': '<html><body><script>alert(1)</script></body></html>',
  'not well-formed': '<svg xmlns="http://www.w3.org/2000/svg"><g></svg>',
  'two roots': '<svg xmlns="http://www.w3.org/2000/svg"/><svg xmlns="http://www.w3.org/2000/svg"/>',
  'nested to exhaust': `<svg xmlns="http://www.w3.org/2000/svg">${'<g>'.repeat(500)}${'</g>'.repeat(500)}</svg>`,
};
