/** The sidebar view's identity, shared by the view, the plugin and activateView. */
export const VIEW_TYPE = 'pleasantly-persistent-view';
export const VIEW_ICON = 'mail-check';
export const VIEW_TITLE = 'Follow-ups';
