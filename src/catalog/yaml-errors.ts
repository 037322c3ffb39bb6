// The yaml library's parse errors, said in the reader's language: its error
// codes are stable, its messages English only. The line comes separately.
import type { Text } from "../i18n/lang.js";

const SPANISH: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: "no se puede anidar un mapa en una clave compacta (¿un texto con «: » sin comillas? ponlo entre comillas)",
  BLOCK_IN_FLOW: "no se puede abrir un bloque dentro de { } o [ ] (¿un texto con «: » o «- » sin comillas? ponlo entre comillas)",
  TAB_AS_INDENT: "no se puede sangrar con tabuladores; usa espacios",
  DUPLICATE_KEY: "una clave repetida en el mismo mapa",
  BAD_INDENT: "la sangría no cuadra (todos los elementos de un mismo mapa o lista empiezan en la misma columna; un [ o { abierto se cierra)",
  MULTILINE_IMPLICIT_KEY: "una clave no puede ocupar varias líneas (¿falta un «:» o unas comillas en la línea anterior?)",
  MISSING_CHAR: "falta un carácter de cierre (una comilla, un ] o un })",
  UNEXPECTED_TOKEN: "algo inesperado en este punto (¿falta un «:» o sobra un carácter?)",
  BAD_SCALAR_START: "un texto no puede empezar así sin comillas (ponlo entre comillas)",
  BAD_DQ_ESCAPE: "una secuencia con \\ no válida dentro de comillas dobles",
  MULTIPLE_DOCS: "el archivo tiene varios documentos (---); debe tener uno",
  KEY_OVER_1024_CHARS: "una clave de más de 1024 caracteres",
  BAD_ALIAS: "un alias (*nombre) que no se puede resolver",
  NON_STRING_KEY: "una clave que no es texto",
};

export function yamlErrorText(error: { code: string; message: string }): Text {
  const en = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/u, "");
  return { es: SPANISH[error.code] ?? en, en };
}
