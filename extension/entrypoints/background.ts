import { defineBackground } from '#imports';

// The service worker only opens the report view; parsing happens in a worker started by extension pages.
export default defineBackground(() => {});
