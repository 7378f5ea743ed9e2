/** Where the test builds live. The global setup builds both once per test run. */
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
/** Same site built under a sub-folder, to prove nothing escapes the base path. */
export const BASE_PATH = '/binh-dang-gioi/';
export const DIST_BASE = path.join(ROOT, '.cache/dist-base');
export const TEST_SITE_URL = 'https://truong.example.edu.vn';
