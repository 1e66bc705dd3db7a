/**
 * Report Lens's notifications, every message made inert first (`inertMessage`): a message may quote a path, a file
 * name or a snapshot's text, and VS Code would render a `[label](command:…)` in it as a link that runs the command.
 * The extension shows messages only through these, and a notification's progress messages through `progress`.
 */
import * as vscode from 'vscode';
import { inertMessage } from '../core/hoverContent';

export const notify = {
  info: (message: string, ...items: string[]) => vscode.window.showInformationMessage(inertMessage(message), ...items),
  warning: (message: string, ...items: string[]) => vscode.window.showWarningMessage(inertMessage(message), ...items),
  error: (message: string, ...items: string[]) => vscode.window.showErrorMessage(inertMessage(message), ...items),
  /** A modal question; resolves to the item chosen, undefined when dismissed. */
  ask: (message: string, ...items: string[]) => vscode.window.showWarningMessage(inertMessage(message), { modal: true }, ...items),
  /**
   * Reports a step of a progress notification. Its message is rendered like a notification's, links included, and
   * names the file being read: a repository's `[Cancel](command:…).md`, or a `source:` its library catalogue names.
   */
  progress: (progress: vscode.Progress<{ message?: string; increment?: number }>, step: { message: string; increment?: number }) =>
    progress.report({ ...step, message: inertMessage(step.message) }),
};
