/**
 * Runs `work` on a later turn of the event loop, after the messages that have arrived by then.
 *
 * Why not `setImmediate(work)`: vscode-jsonrpc hands each message it reads to its handler from
 * a `setImmediate` of its own, queued when the loop's poll phase reads the bytes. A slice of work
 * that queues the next slice with `setImmediate` (during the loop's check phase) is queued first,
 * so a request that arrived while a slice ran waited for the next slice as well: twice the
 * latency a slice should cost. Two hops put the work behind the request: the first runs in the
 * next check phase, after the poll that read the request and queued its handler, and queues the
 * work again, behind that handler.
 */
export function afterArrivedMessages(work: () => void): void {
  setImmediate(() => setImmediate(work));
}
