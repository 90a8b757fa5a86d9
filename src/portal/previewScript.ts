/**
 * Shipped on preview pages only: tells the admin the page is ready, and reloads it when the
 * admin saves (Payload posts `payload-document-event` after a save, draft or autosave). It
 * answers only the admin origin named in the signed token.
 */
export const PREVIEW_SCRIPT = `(function(){var s=document.currentScript,o=s&&s.getAttribute('data-admin');if(!o||window.parent===window)return;window.parent.postMessage({type:'payload-live-preview',ready:true},o);window.addEventListener('message',function(e){if(e.origin===o&&e.data&&e.data.type==='payload-document-event')location.reload()})})()`
