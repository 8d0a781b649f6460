export { foldVietnamese } from './fold.js';
export { type TextToken, tokenizeVietnamese, tokenizeWithOffsets } from './tokenize.js';
export { type SplitStep, type SplitStepsText, type StepMarker, splitSteps, stripStepNumber } from './split-steps.js';
