/**
 * The inline script every portal page ships: makes countdowns tick and shows times in the
 * buyer's zone, in the page's language (`<html lang>`, not the browser's); on a product's
 * gallery, a thumbnail scrolls the strip to its photo without moving the page, and marks the
 * photo in view. It lives here, below
 * the renderer, because the Content-Security-Policy (src/utilities/csp.ts) allows it by its hash,
 * computed from this text at start-up: an edit needs nothing else.
 */
export const CLOCK_SCRIPT = `(function(){
var fmt=new Intl.DateTimeFormat(document.documentElement.lang||undefined,{weekday:'short',month:'short',day:'numeric',hour:'2-digit',minute:'2-digit',timeZoneName:'short'});
document.querySelectorAll('time[data-local-time]').forEach(function(el){var d=new Date(el.getAttribute('datetime'));var s=document.createElement('span');s.className='buyer-time';s.textContent=' · '+fmt.format(d);el.after(s)});
function tick(){document.querySelectorAll('[data-countdown]').forEach(function(el){var ms=new Date(el.getAttribute('data-countdown'))-Date.now();if(ms<0)ms=0;var s=Math.floor(ms/1000);el.textContent=Math.floor(s/86400)+'d '+Math.floor(s%86400/3600)+'h '+Math.floor(s%3600/60)+'m '+(s%60)+'s'})}
tick();setInterval(tick,1000);
document.querySelectorAll('.gallery').forEach(function(g){var s=g.querySelector('.slides'),a=g.querySelectorAll('.thumbs a');a.forEach(function(l,i){l.addEventListener('click',function(e){e.preventDefault();s.scrollTo({left:s.children[i].offsetLeft-s.children[0].offsetLeft})})});s.addEventListener('scroll',function(){var i=Math.round(Math.abs(s.scrollLeft)/s.clientWidth);a.forEach(function(l,j){if(j===i)l.setAttribute('aria-current','true');else l.removeAttribute('aria-current')})})})})()`
