import { ClassicPreset } from 'rete';
import type { InputSocketKind, OutputSocketKind } from '../../../nodes';

/** A socket that knows which side of a node it is on and the kind of value it carries or takes. */
export type KindSocket = ClassicPreset.Socket &
  (
    | { readonly side: 'input'; readonly kind: InputSocketKind }
    | { readonly side: 'output'; readonly kind: OutputSocketKind }
  );

const sockets = new Map<string, KindSocket>();

function socketFor(side: KindSocket['side'], kind: KindSocket['kind']): KindSocket {
  const name = `${side}-${kind}`;
  let socket = sockets.get(name);
  if (!socket) {
    socket = Object.assign(new ClassicPreset.Socket(name), { side, kind }) as KindSocket;
    sockets.set(name, socket);
  }
  return socket;
}

/** Returns the one socket object shared by every input port of `kind`. */
export function inputSocket(kind: InputSocketKind): KindSocket {
  return socketFor('input', kind);
}

/** Returns the one socket object shared by every output port of `kind`. */
export function outputSocket(kind: OutputSocketKind): KindSocket {
  return socketFor('output', kind);
}

/** Narrows a socket from rete to a KindSocket, which every Ganvas port uses. */
export function isKindSocket(socket: ClassicPreset.Socket): socket is KindSocket {
  return 'side' in socket && 'kind' in socket;
}
