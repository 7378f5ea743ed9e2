/** Where the test builds live. The global setup builds all three once per test run. */
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
/** Same site built under a sub-folder, to prove nothing escapes the base path. */
export const BASE_PATH = '/binh-dang-gioi/';
export const DIST_BASE = path.join(ROOT, '.cache/dist-base');
/** Same site built as `npm start` does, without SITE_URL; its build output is kept beside it. */
export const DIST_DEFAULT = path.join(ROOT, '.cache/dist-default');
export const DIST_DEFAULT_LOG = path.join(ROOT, '.cache/dist-default.log');
export const TEST_SITE_URL = 'https://truong.example.edu.vn';
