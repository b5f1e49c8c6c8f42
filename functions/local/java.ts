/**
 * DynamoDB Local needs Java 17+, and a JDK: its launcher (which binds it to
 * 127.0.0.1) is a Java source file compiled at start. Check before starting,
 * and say what to install.
 */
import { spawnSync } from 'node:child_process';

export const JAVA_HELP =
  'DynamoDB Local needs Java 17 or newer, a JDK (its launcher is compiled at start), on the PATH: install a JDK 17+ (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless; macOS: brew install openjdk@17).';

/** Returns undefined when a Java 17+ JDK is available, otherwise the one-line reason. */
export function javaProblem(): string | undefined {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) return `Java was not found. ${JAVA_HELP}`;
  const output = `${result.stderr}${result.stdout}`;
  const match = output.match(/version "(\d+)(?:\.(\d+))?/);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : NaN;
  if (!(major >= 17)) return `Java ${Number.isNaN(major) ? '(unknown version)' : major} is too old. ${JAVA_HELP}`;
  const modules = spawnSync('java', ['--list-modules'], { encoding: 'utf8' });
  if (!/^jdk\.compiler@/m.test(modules.stdout ?? '')) return `Java ${major} is a runtime without the compiler (jdk.compiler). ${JAVA_HELP}`;
  return undefined;
}
