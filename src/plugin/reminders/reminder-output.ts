/** Obsidian's way to show a reminder: a Notice with a "Show" button, or a system notification. */
import { Notice } from 'obsidian';
import type { ReminderOutput } from './reminders';

const NOTICE_MS = 15_000;

function noticeWithShow(text: string, show: () => void): void {
  let notice: Notice | null = null;
  const message = createFragment((f) => {
    f.createSpan({ text: `${text} — ` });
    const button = f.createEl('button', { text: 'Show', cls: 'pp-reminder-show' });
    // The notice owns the button: the listener goes with it when the notice is gone.
    button.addEventListener('click', () => {
      show();
      notice?.hide();
    });
  });
  notice = new Notice(message, NOTICE_MS);
}

/** A desktop notification when the user allowed them (asked when the setting is turned on). */
function systemNotification(text: string, show: () => void): boolean {
  const N = typeof window !== 'undefined' ? window.Notification : undefined;
  if (N === undefined || N.permission !== 'granted') return false;
  const n = new N('Follow-ups', { body: text });
  n.onclick = () => {
    window.focus();
    show();
  };
  return true;
}

export const obsidianReminderOutput: ReminderOutput = {
  notice: noticeWithShow,
  notify: (text, show) => {
    if (!systemNotification(text, show)) noticeWithShow(text, show);
  },
};

/** Asks once for permission to show system notifications; a notice is used otherwise. */
export function askNotificationPermission(): void {
  const N = typeof window !== 'undefined' ? window.Notification : undefined;
  if (N !== undefined && N.permission === 'default') void N.requestPermission();
}
