/** LibreOffice headless conversion (Debian package libreoffice-writer-nogui), with a private profile per run. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function docxToPdf(docxPath: string): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'lo-out-'));
  const profile = mkdtempSync(path.join(tmpdir(), 'lo-profile-'));
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', outDir, docxPath], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  return path.join(outDir, path.basename(docxPath).replace(/\.docx$/, '.pdf'));
}
