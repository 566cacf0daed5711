import { parseTrainArgs, runTraining } from './train.ts';

runTraining(parseTrainArgs(process.argv.slice(2)));
