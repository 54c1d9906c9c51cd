export { classifyReply } from './classify';
export { REPLY_KINDS } from './types';
export type { ClassifyOptions, ReplyKind, ReplyReading } from './types';
