import { SessionInfo, SignInResponse } from '@thidua/shared/contracts';
import { PASSWORD } from '../../api-harness';
import { LeakEntry } from './types';

const NEW_PASSWORD = 'Mật-khẩu-mới-2026!';

/** Sign-in, sessions and the links sent by e-mail. */
export const authRoutes: Record<string, LeakEntry> = {
  'POST /api/auth/sign-in': {
    kind: 'public',
    why:
      'Answers only the session of the account whose credentials were sent; a wrong password and an ' +
      'unknown account get the same message (auth.integration.ts), so it does not reveal who exists.',
    badInput: { validBody: async ({ b }) => ({ login: b.admin.login, password: PASSWORD }) },
  },
  'POST /api/auth/refresh': {
    kind: 'self',
    why: "Takes no id: the HttpOnly refresh cookie names the session, and the new session is that cookie's user's.",
    prove: async ({ a, b, anonymous, signInAgain }) => {
      const mine = await signInAgain(a.actors.viewer.login);
      const theirs = await signInAgain(b.actors.viewer.login);
      const res = await anonymous.send('post', '/api/auth/refresh', { headers: { Cookie: theirs.cookie } });
      expect(res.status).toBe(200);
      const session = res.body as SignInResponse;
      expect(session.user).toMatchObject({ id: b.actors.viewer.userId, tenantId: b.tenant.id });
      expect(JSON.stringify(session)).not.toContain(a.tenant.id);
      const still = await anonymous.send('post', '/api/auth/refresh', { headers: { Cookie: mine.cookie } });
      expect(still.status).toBe(200);
    },
    matrix: {
      prepare: async ({ a, signInAgain }) => ({
        headers: { Cookie: (await signInAgain(a.actors.viewer.login)).cookie },
      }),
    },
  },
  'POST /api/auth/sign-out': {
    kind: 'self',
    why: 'Takes no id: it ends the session family of the refresh cookie it is sent, nothing else.',
    prove: async ({ a, b, anonymous, signInAgain }) => {
      const mine = await signInAgain(a.actors.viewer.login);
      const theirs = await signInAgain(b.actors.viewer.login);
      const out = await anonymous.send('post', '/api/auth/sign-out', { headers: { Cookie: theirs.cookie } });
      expect(out.status).toBe(204);
      const gone = await anonymous.send('post', '/api/auth/refresh', { headers: { Cookie: theirs.cookie } });
      expect(gone.status).toBe(401);
      const still = await anonymous.send('post', '/api/auth/refresh', { headers: { Cookie: mine.cookie } });
      expect(still.status).toBe(200);
    },
    matrix: { harmless: 'without a refresh cookie it ends no session' },
  },
  'POST /api/auth/sign-out-everywhere': {
    kind: 'self',
    why: "Takes no id: it ends every session of the signed-in caller (the user id comes from the caller's token).",
    prove: async (world) => {
      const { a, b } = world;
      const victim = await world.newUser(a, 'viewer');
      const caller = await world.newUser(b, 'viewer');
      const res = await caller.client.send('post', '/api/auth/sign-out-everywhere');
      expect(res.status).toBe(204);
      expect((await caller.client.send('get', '/api/auth/me')).status).toBe(401);
      expect((await victim.client.send('get', '/api/auth/me')).status).toBe(200);
    },
    matrix: { endsSession: true },
  },
  'GET /api/auth/me': {
    kind: 'self',
    why: "Takes no id: it describes the user of the caller's token.",
    prove: async ({ a, b }) => {
      for (const actor of Object.values(b.actors)) {
        const me = await actor.client.get<SessionInfo>('/api/auth/me');
        expect(me.user).toMatchObject({ id: actor.userId, tenantId: b.tenant.id });
        const text = JSON.stringify(me);
        for (const marker of [a.tenant.id, a.tenant.name, ...Object.values(a.actors).map((x) => x.userId)]) {
          expect(text).not.toContain(marker);
        }
      }
    },
  },
  'POST /api/auth/invitations/accept': {
    kind: 'public',
    why:
      'The single-use token from the e-mail names the invitation; the answer is 204 or one refusal for ' +
      'any bad token, so it reveals no user or tenant.',
    badInput: { validBody: async () => ({ token: 'x'.repeat(43), password: NEW_PASSWORD }) },
  },
  'POST /api/auth/password-reset': {
    kind: 'public',
    why: 'Always answers 202 with no body, whether the account exists or not; the link goes to the account owner.',
    badInput: { validBody: async () => ({ login: 'ai.do@khong-co.vn' }) },
  },
  'POST /api/auth/password-reset/confirm': {
    kind: 'public',
    why: 'The single-use token from the e-mail names the account; the answer is 204 or one refusal, with no data.',
    badInput: { validBody: async () => ({ token: 'x'.repeat(43), password: NEW_PASSWORD }) },
  },
};
