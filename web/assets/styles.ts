/** The whole stylesheet: small, readable at 360 px, visible focus, AA contrast. */
export const STYLES = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1a1a;background:#fafafa}
a{color:#0b4f8a}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}
.skip:focus{left:.5rem;z-index:10}
.top{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;justify-content:space-between;padding:.75rem 1rem;background:#12355b;color:#fff}
.top a{color:#fff}
.brand{font-weight:700;font-size:1.25rem;text-decoration:none}
.top ul{display:flex;flex-wrap:wrap;gap:.5rem 1rem;list-style:none;margin:0;padding:0;align-items:center}
.languages ul{gap:.25rem .75rem;font-size:.875rem}
.languages [aria-current]{font-weight:700;text-decoration:underline}
.languages form{display:inline}
.me{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}
.me form{display:inline}
button.link{background:none;border:0;color:#fff;text-decoration:underline;padding:0;font:inherit;cursor:pointer}
main{max-width:72rem;margin:0 auto;padding:1rem}
/* The API reference (/api/docs): Redoc lays out its three panels over the whole width. */
main.api-docs{max-width:none;padding:0;background:#fff}
.api-docs-intro{max-width:72rem;margin:0 auto;padding:1rem}
.foot{max-width:72rem;margin:2rem auto;padding:0 1rem;color:#555;font-size:.875rem}
h1{font-size:1.75rem;line-height:1.2}
.muted{color:#555}
.table-wrap{overflow-x:auto}
/* Focusable (tabindex=0) so keyboard users can scroll a wide table on a narrow screen. */
.table-wrap:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
table.cases{border-collapse:collapse;width:100%;background:#fff}
.cases th,.cases td{text-align:left;padding:.5rem;border-bottom:1px solid #ddd;vertical-align:top}
.badge{display:inline-block;max-width:100%;padding:0 .5rem;border-radius:1rem;background:#e8eef5;color:#12355b;font-size:.875rem;white-space:nowrap}
/* A badge that holds a sentence (the pause notice's "publicity paused since …") wraps. */
.badge.wraps{white-space:normal}
.status-detained,.status-disappeared,.status-killed,.status-attacked{background:#fde8e8;color:#8a1111}
.filters{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end;margin:1rem 0}
.field{display:flex;flex-direction:column;gap:.25rem;margin:0 0 1rem;border:0;padding:0}
.stack{max-width:40rem}
label{font-weight:600}
.checks label,.radio{font-weight:400;display:block}
input,/* A fieldset is as wide as its widest content by default (min-width: min-content): a long select or a date-time field would push the page sideways at 360 px. */
fieldset{min-width:0}
input{max-width:100%}
select,textarea{font:inherit;padding:.5rem;border:1px solid #767676;border-radius:4px;background:#fff;max-width:100%}
input[type=checkbox],input[type=radio]{padding:0}
button,.button{font:inherit;padding:.5rem 1rem;border:0;border-radius:4px;background:#0b4f8a;color:#fff;cursor:pointer;text-decoration:none;display:inline-block}
.error{color:#a50e0e;margin:0}
[aria-invalid=true]{border-color:#a50e0e}
.error-summary,.notice{border-left:4px solid #a50e0e;background:#fff;padding:.5rem 1rem}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
.facts dt{font-weight:600}
.facts dd{margin:0}
.panel{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem;margin:1rem 0}
.actions{display:flex;gap:.5rem;flex-wrap:wrap}
button.danger{background:#a50e0e}
button.secondary{background:#555}
.timeline{list-style:none;padding:0;border-left:3px solid #12355b}
.timeline li{padding:.25rem 0 .75rem 1rem}
.timeline p{margin:.1rem 0}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.empty{padding:1rem;background:#fff}
.checklist{list-style:none;margin:0;padding:.25rem .5rem;max-height:18rem;overflow-y:auto;border:1px solid #767676;border-radius:4px;background:#fff}
.checklist li{padding:.125rem 0}
.checklist label{font-weight:400}
.checklist [hidden],[data-checklist] [hidden]{display:none}
.chosen{margin:0}
.email-frame{width:100%;height:32rem;border:1px solid #ddd;background:#fff;margin:1rem 0}
.mail a,.mail pre,.mail strong{overflow-wrap:anywhere}
.mail pre{white-space:pre-wrap}
/* Pledges and missions pages (My cases, action requests, the gap view, the adoption and missions
   sections of a case page) and the shared case table: cards, and at 360 px a wide table becomes one
   card per row, each cell under its column's name (data-label, in the reader's language). */
.adoptions{list-style:none;padding:0}
.adoption,.request-card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem;margin:0 0 1rem;overflow-wrap:anywhere}
#adoption,section[aria-labelledby=missions]{overflow-wrap:anywhere}
@media (max-width:30rem){
.cards-when-narrow thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table.cards-when-narrow,.cards-when-narrow tbody,.cards-when-narrow tr,.cards-when-narrow th,.cards-when-narrow td{display:block;width:100%}
.cards-when-narrow tr{border:1px solid #ddd;border-radius:6px;margin:0 0 .75rem;padding:.25rem .75rem}
.cards-when-narrow th,.cards-when-narrow td{border-bottom:0;padding:.25rem 0;overflow-wrap:anywhere}
.cards-when-narrow td[data-label]::before{content:attr(data-label);display:block;font-weight:600;font-size:.875rem;color:#555}
.adoption .badge,.request-card .badge,#adoption .badge,.cards-when-narrow .badge{white-space:normal}
}
@media (max-width:30rem){.facts{grid-template-columns:1fr}.filters{flex-direction:column;align-items:stretch}.filters select,.stack input:not([type=checkbox]):not([type=radio]),.stack select,.stack textarea{width:100%;min-width:0}}
/* Cases and case safety: at 360 px the case list, consent ledger and audit tables (class "cards") become one card per
   row, each cell named by its data-label, so nothing scrolls sideways; long words wrap instead of widening a cell. */
table.cards th,table.cards td{overflow-wrap:anywhere}
ul.links{list-style:none;margin:1rem 0;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center}
@media (max-width:30rem){table.cards,table.cards tbody,table.cards tr,table.cards th,table.cards td{display:block;width:100%}table.cards thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}table.cards tr{border:1px solid #ddd;border-radius:.5rem;margin:0 0 .75rem;padding:.25rem .75rem}table.cards th,table.cards td{border:0;padding:.25rem 0}table.cards td[data-label]::before{content:attr(data-label);display:block;font-size:.875rem;font-weight:600;color:#555}}
/* Coverage (issue 13): key figures as cards, each chart beside its table (one above the other below 60rem), the annual
   report on A4: no navigation, no year picker, a section never split across pages. */
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:.75rem;margin:1rem 0;padding:0}
.figure{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.75rem}
.figure dt{font-weight:600;font-size:.9375rem}
.figure dd{margin:0}
.figure-value{display:block;font-size:1.5rem;font-weight:700}
.figure-detail{display:block;font-size:.875rem;color:#555}
.chart-pair{display:grid;grid-template-columns:minmax(0,1fr);gap:1rem;align-items:start}
@media (min-width:60rem){.chart-pair{grid-template-columns:minmax(0,2fr) minmax(0,3fr)}}
.chart-svg{display:block;width:100%;max-width:36rem;height:auto;background:#fff}
.chart-legend{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:.5rem 0;padding:0;font-size:.875rem}
.chart-legend li{display:flex;align-items:center;gap:.375rem}
.figures-table caption{text-align:left;font-weight:600;padding:.25rem 0}
.coverage-hint{color:#555;font-size:.875rem}
@page{size:A4;margin:15mm}
@media print{.top,.foot,.skip,.no-print{display:none}main{max-width:none;margin:0;padding:0}body{background:#fff;font-size:11pt}.chart-section,.figure,.figures-table tr{break-inside:avoid}.chart-pair{grid-template-columns:minmax(0,1fr)}.chart-svg{max-width:15cm}.table-wrap{overflow:visible}.annual-report a{color:inherit;text-decoration:none}}
`;
