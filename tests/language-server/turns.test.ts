import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { afterArrivedMessages } from "../../packages/language-server/src/turns.js";

/*
 * The diagnostics of a large document are worked out in slices, and a request that arrives
 * during one must be answered before the next. vscode-jsonrpc hands a message to its handler from
 * a setImmediate queued when the bytes are read (the event loop's poll phase); these tests make
 * the same arrival with a real socket and look at what runs first.
 */

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** A connected pair of sockets on the loopback. */
async function socketPair(): Promise<{ client: net.Socket; server: net.Socket }> {
  const listener = net.createServer();
  await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
  const port = (listener.address() as net.AddressInfo).port;
  const accepted = new Promise<net.Socket>((resolve) => listener.once("connection", resolve));
  const client = net.connect(port, "127.0.0.1");
  await new Promise<void>((resolve) => client.once("connect", () => resolve()));
  const server = await accepted;
  cleanup = () => {
    client.destroy();
    server.destroy();
    listener.close();
  };
  return { client, server };
}

/**
 * The order in which a slice of work queued with `queue` and a message that arrives while the
 * slice before it runs are handled, the message handed on as vscode-jsonrpc hands it.
 */
async function orderOf(queue: (work: () => void) => void): Promise<string[]> {
  const { client, server } = await socketPair();
  const order: string[] = [];
  const done = new Promise<void>((resolve) => {
    const finish = () => order.length === 2 && resolve();
    server.on("data", () => setImmediate(() => (order.push("message"), finish())));
    setImmediate(() => {
      // A slice: the message arrives while it runs, and it queues the next slice.
      client.write("{}");
      const until = Date.now() + 20;
      while (Date.now() < until) {
        // The slice's work.
      }
      queue(() => (order.push("next slice"), finish()));
    });
  });
  await done;
  return order;
}

describe("the next slice of work, queued behind the messages that arrived", () => {
  it("lets a message that arrived during a slice be handled before the next slice", async () => {
    expect(await orderOf(afterArrivedMessages)).toEqual(["message", "next slice"]);
  });

  it("(which setImmediate alone does not: the next slice would go first)", async () => {
    expect(await orderOf((work) => setImmediate(work))).toEqual(["next slice", "message"]);
  });
});
