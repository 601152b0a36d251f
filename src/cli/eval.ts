// `spamsift eval`: written once src/evaluate/ lands.
export const EVAL_HELP = `usage: spamsift eval LABELED [--folds 10] [--seed N] [--split chrono] [--report FILE.html]`;
export function runEval(argv: string[]): number {
  void argv;
  process.stderr.write('spamsift eval: not available yet\n');
  return 2;
}
