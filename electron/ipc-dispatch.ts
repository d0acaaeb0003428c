/**
 * Turns typed handler implementations into the `IpcHandlers` main registers: each call is checked
 * for a trusted sender, its `unknown` argument parsed with the channel's zod schema, and any throw
 * turned into a typed error result.
 */
import type { IpcCallContext, IpcHandlers, IpcResultOf, PriceChannel, ShellChannel } from './ipc-contract';
import { fail, type IpcErrorCode } from './ipc-result';
import { IPC_CHANNELS, describeIssues, ipcArgSchemas, type IpcArg, type IpcChannel } from './ipc-schemas';

export type IpcImplementations = {
  [C in IpcChannel]: (arg: IpcArg<C>, ctx: IpcCallContext) => Promise<IpcResultOf<C>>;
};

export type ShellIpcImplementations = Pick<IpcImplementations, ShellChannel>;
export type PriceIpcImplementations = Pick<IpcImplementations, PriceChannel>;

export function createIpcHandlers(
  implementations: IpcImplementations,
  isTrustedSender: (senderUrl: string) => boolean,
): IpcHandlers {
  const handlers: Partial<Record<IpcChannel, unknown>> = {};
  for (const channel of IPC_CHANNELS) {
    handlers[channel] = wrap(channel, implementations[channel], isTrustedSender);
  }
  return handlers as IpcHandlers;
}

function wrap<C extends IpcChannel>(
  channel: C,
  implementation: IpcImplementations[C],
  isTrustedSender: (senderUrl: string) => boolean,
): IpcHandlers[C] {
  const schema = ipcArgSchemas[channel];
  // Every channel's result type includes the failure shape; TypeScript cannot see that through `C`.
  const refuse = (code: IpcErrorCode, message: string) =>
    fail(code, `${channel}: ${message}`) as IpcResultOf<C>;
  const handler = async (arg: unknown, ctx: IpcCallContext): Promise<IpcResultOf<C>> => {
    if (!isTrustedSender(ctx.senderUrl)) {
      return refuse('not-permitted', `refused a call from ${ctx.senderUrl || 'an unknown page'}`);
    }
    const parsed = schema.safeParse(arg);
    if (!parsed.success) {
      return refuse('invalid-argument', describeIssues(parsed.error));
    }
    try {
      return await implementation(parsed.data as IpcArg<C>, ctx);
    } catch (error) {
      return refuse('internal', error instanceof Error ? error.message : String(error));
    }
  };
  return handler as IpcHandlers[C];
}
