/** Entry point of `npm run train`. Its options are listed in src/cli/train-args.ts. */
import { runTrainCommand } from '../src/cli/train-command';

process.exitCode = await runTrainCommand(process.argv.slice(2));
