// Asking before doing something the learner may regret: a yes/no prompt on a
// terminal; without one, only `--yes` confirms. Ctrl-C at the prompt leaves
// with exit 130 and nothing changed.
import { both, type Lang, type Text } from "../i18n/lang.js";
import { PytutorError } from "../errors.js";

export function interactive(): boolean {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY);
}

// true to go ahead; false when the learner said no.
export async function confirmAction(question: Text, yes: boolean | undefined, command: string, lang: Lang): Promise<boolean> {
  if (yes) return true;
  if (!interactive()) {
    throw new PytutorError(
      both(
        `sin una terminal no puedo pedirte confirmación. Si estás seguro, repite la orden con --yes: \`pytutor ${command} --yes\`.`,
        `without a terminal I cannot ask you to confirm. If you are sure, repeat the command with --yes: \`pytutor ${command} --yes\`.`,
      ),
      "bad-input",
    );
  }
  const { confirm } = await import("@inquirer/prompts");
  try {
    return await confirm({ message: question[lang], default: false });
  } catch (error) {
    if (error instanceof Error && (error.name === "ExitPromptError" || error.name === "AbortPromptError")) {
      throw new PytutorError(both("cancelado; no he cambiado nada.", "cancelled; nothing was changed."), "cancelled");
    }
    throw error;
  }
}
