/** LibreOffice headless conversion (Debian package libreoffice-writer-nogui), with a private profile per run. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Converts .docx files to PDF in one LibreOffice run (starting it is the slow part); returns the PDF paths in order. */
export function docxToPdfs(docxPaths: string[]): string[] {
  const outDir = mkdtempSync(path.join(tmpdir(), 'lo-out-'));
  const profile = mkdtempSync(path.join(tmpdir(), 'lo-profile-'));
  execFileSync(
    'soffice',
    ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', outDir, ...docxPaths],
    {
      stdio: 'pipe',
      timeout: 60_000 + 20_000 * docxPaths.length,
    },
  );
  return docxPaths.map((file) => path.join(outDir, path.basename(file).replace(/\.docx$/, '.pdf')));
}

export const docxToPdf = (docxPath: string): string => docxToPdfs([docxPath])[0]!;
