// What other features may use of questions: asking one, and the list of one's own.
export { AskQuestion } from './AskQuestion';
export { MyQuestions } from './MyQuestions';
