/**
 * A selection of the OWASP XSS filter-evasion cheat sheet's vectors: each
 * must come back escaped, never verbatim, wherever it is rendered.
 */
export const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>',
  '"><img src=x onerror=alert(1)>',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  '<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>',
  '<svg/onload=alert("XSS")>',
  '<BODY ONLOAD=alert(\'XSS\')>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  '\'-alert(1)-\'',
  '</textarea><script>alert(1)</script>',
  '<<SCRIPT>alert("XSS");//<</SCRIPT>',
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
  '<div style="background-image: url(javascript:alert(1))">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
];
