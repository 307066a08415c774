// Runs before each Angular test file: a zoneless TestBed, as in the app.
const { setupZonelessTestEnv } = require('jest-preset-angular/setup-env/zoneless');

setupZonelessTestEnv({ errorOnUnknownElements: true, errorOnUnknownProperties: true });
