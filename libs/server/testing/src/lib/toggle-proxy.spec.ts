import { createServer, Server, Socket } from 'node:net';
import { ToggleProxy } from './toggle-proxy';

function echoServer(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer((socket) => socket.pipe(socket));
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.address() as { port: number }).port }),
    );
  });
}

function roundTrip(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    socket.once('error', reject);
    socket.connect(port, '127.0.0.1', () => socket.write(text));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString());
    });
  });
}

describe('ToggleProxy', () => {
  it('forwards, refuses while cut, and forwards again on the same port after restore', async () => {
    const { server, port } = await echoServer();
    const proxy = new ToggleProxy('127.0.0.1', port);
    const proxyPort = await proxy.start();
    try {
      expect(await roundTrip(proxyPort, 'xin chào')).toBe('xin chào');
      await proxy.cut();
      await expect(roundTrip(proxyPort, 'x')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
      await proxy.restore();
      expect(proxy.port).toBe(proxyPort);
      expect(await roundTrip(proxyPort, 'lại')).toBe('lại');
    } finally {
      await proxy.cut();
      server.close();
    }
  });
});
