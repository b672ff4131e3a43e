/**
 * The core off the main thread: each message is a text, each answer its LiveResult tagged
 * with the request's sequence number, so typing never waits for an assessment.
 */
import { assessText } from './assess-text.js';

interface Request {
  readonly seq: number;
  readonly text: string;
  /** The workspace's user rules text, if it has one. */
  readonly rules?: string;
}

self.addEventListener('message', (event: MessageEvent<Request>) => {
  const { seq, text, rules } = event.data;
  self.postMessage({ seq, result: assessText(text, rules) });
});
