// What other features and the app may use of introductions: the page, the PAL's actions, one introduction in a list, the status in words.
export { IntroductionActions } from './IntroductionActions';
export { IntroductionItem, waitsForAnswerOf } from './IntroductionItem';
export { IntroductionPage, statusLine } from './IntroductionPage';
