/**
 * The one stylesheet of the report and index pages. Static, so that the
 * page's Content-Security-Policy can allow exactly this text by its hash.
 * Source types are told apart by color and by the words in the legend and
 * the panel; stances by badges with words, never by color alone.
 */
export const STYLESHEET = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1c1e21; --muted: #5b616b; --line: #d5d9e0; --panel: #f6f7f9; --focus: #1a56db;
  --fig-bg: #fff3b0; --fig-fg: #3d2e00; --unsourced: #c2410c;
  --deny: #b91c1c; --deny-fg: #ffffff; --decline: #6b21a8;
  --anonymous: #b45309; --anonymous-bg: #fdf0d5;
  --person: #1d4ed8; --person-bg: #e0eaff;
  --spokesperson: #7c3aed; --spokesperson-bg: #eee6ff;
  --organization: #0f766e; --organization-bg: #d5f5ef;
  --media: #be185d; --media-bg: #fde4ef;
  --document: #4d7c0f; --document-bg: #e9f6d3;
  --none: #6b7280; --none-bg: #eef0f3;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #15171a; --fg: #e6e8eb; --muted: #a3aab5; --line: #363b44; --panel: #1d2025; --focus: #7aa7ff;
    --fig-bg: #5a4a00; --fig-fg: #fff6c7; --unsourced: #fb923c;
    --deny: #f87171; --deny-fg: #1a0505; --decline: #d8b4fe;
    --anonymous: #fbbf24; --anonymous-bg: #3a2a0a;
    --person: #93b4ff; --person-bg: #1c2a4d;
    --spokesperson: #c4a5ff; --spokesperson-bg: #2c2148;
    --organization: #5eead4; --organization-bg: #0f3531;
    --media: #f9a8d4; --media-bg: #47172d;
    --document: #bef264; --document-bg: #28360f;
    --none: #a3aab5; --none-bg: #262a30;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
body { margin: 0; background: var(--bg); color: var(--fg); font: 17px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
a { color: inherit; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 3px; }
.sr { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip { position: absolute; left: 1rem; top: -3rem; background: var(--bg); padding: .4rem .8rem; z-index: 2; }
.skip:focus { top: 1rem; }
.report, .index { max-width: 84rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
.report + .report { border-top: 4px double var(--line); }
.meta { color: var(--muted); font-size: .9rem; margin: 0 0 1rem; }
.meta .file { font-family: ui-monospace, "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
.warning { color: var(--unsourced); }
.layout { display: grid; gap: 2rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 62rem) {
  .layout { grid-template-columns: minmax(0, 1fr) minmax(20rem, 26rem); }
  .panel { position: sticky; top: 0; max-height: 100vh; overflow-y: auto; }
}
.text { max-width: 44rem; }
.text p { margin: 0 0 1em; white-space: pre-line; }
.text h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 1rem; white-space: pre-line; }
.claim { border-radius: 3px; padding: .1em 0; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.claim:target { outline: 3px solid var(--focus); outline-offset: 2px; }
.claim, .attr, .goto, li[id] { scroll-margin: 2rem; }
.cid { font: 600 .7rem/1 ui-monospace, "DejaVu Sans Mono", monospace; vertical-align: super; text-decoration: none; padding: .1em .3em; margin-right: .2em; border-radius: 3px; color: var(--bg); background: var(--none); }
.attr { border-bottom: 3px solid var(--none); }
.src { font-weight: 650; }
.ent { text-decoration: underline dotted; text-underline-offset: .2em; }
mark.fig { background: var(--fig-bg); color: var(--fig-fg); font-weight: 650; border-radius: 3px; padding: 0 .15em; }
mark.fig.unsourced { outline: 2px dashed var(--unsourced); outline-offset: 0; }
mark.fig.unsourced::after { content: "?"; font-size: .7em; vertical-align: super; color: var(--unsourced); margin-left: .1em; }
.badge { display: inline-block; font: 700 .72rem/1.3 system-ui, sans-serif; letter-spacing: .02em; text-transform: uppercase; padding: .05em .45em; margin: 0 .25em; border-radius: 1em; vertical-align: .1em; white-space: nowrap; }
.badge.denies { background: var(--deny); color: var(--deny-fg); }
.badge.declines { border: 2px solid var(--decline); color: var(--decline); }
.badge.confirms { border: 2px solid var(--organization); color: var(--organization); }
.t-anonymous { --tone: var(--anonymous); --tone-bg: var(--anonymous-bg); }
.t-person { --tone: var(--person); --tone-bg: var(--person-bg); }
.t-spokesperson { --tone: var(--spokesperson); --tone-bg: var(--spokesperson-bg); }
.t-organization { --tone: var(--organization); --tone-bg: var(--organization-bg); }
.t-media { --tone: var(--media); --tone-bg: var(--media-bg); }
.t-document { --tone: var(--document); --tone-bg: var(--document-bg); }
.t-none { --tone: var(--none); --tone-bg: var(--none-bg); }
.claim[class*="t-"] { background: var(--tone-bg); }
.claim.t-none { background: none; }
.claim .cid, .panel .cid { background: var(--tone); }
.attr[class*="t-"] { border-bottom-color: var(--tone); }
.src, .sources .who { color: var(--tone); }
.attr.denies { border-bottom: 3px double var(--deny); }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.1rem; font-size: .93rem; }
.panel h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 1.2rem 0 .5rem; }
.panel h2:first-child { margin-top: 0; }
.summary { font-weight: 600; margin: 0; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem .9rem; padding: 0; margin: 0; list-style: none; font-size: .85rem; }
.legend li { display: flex; align-items: center; gap: .35rem; }
.swatch { display: inline-block; width: .9rem; height: .9rem; border-radius: 3px; background: var(--tone-bg); border: 2px solid var(--tone); flex: none; }
.legend .count { color: var(--muted); }
.claims { list-style: none; margin: 0; padding: 0; }
.claims > li { border-left: 4px solid var(--tone); padding: .45rem .6rem; margin: 0 0 .5rem; background: var(--bg); border-radius: 0 6px 6px 0; }
.claims > li:target { outline: 3px solid var(--focus); }
.goto { display: flex; gap: .45rem; align-items: baseline; text-decoration: none; }
.panel .cid { vertical-align: baseline; flex: none; }
.goto:hover .sentence { text-decoration: underline; }
.sentence { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
.sources { list-style: none; margin: .3rem 0 0; padding: 0; }
.sources li { margin: .1rem 0; }
.sources .who { font-weight: 650; }
.sources .in { color: var(--muted); }
.figures { margin: .25rem 0 0; color: var(--muted); font-size: .85rem; }
.figures .unsourced { color: var(--unsourced); font-weight: 650; }
.index table { border-collapse: collapse; width: 100%; }
.index th, .index td { text-align: left; vertical-align: top; padding: .5rem .6rem; border-bottom: 1px solid var(--line); }
.index th { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.index .file { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85rem; color: var(--muted); overflow-wrap: anywhere; }
@media print {
  body { font-size: 11pt; background: #fff; color: #000; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .layout { display: block; }
  .panel { position: static; max-height: none; overflow: visible; break-before: page; border: 0; padding: 0; background: none; }
  .sentence { display: block; -webkit-line-clamp: none; }
  .claims > li { break-inside: avoid; }
  .skip { display: none; }
  .report + .report { break-before: page; }
}
`;
