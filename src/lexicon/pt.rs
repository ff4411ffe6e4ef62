//! Portuguese words for line roles (see [`super::Lexicon`]).

use super::Lexicon;

/// Portuguese.
pub const LEXICON: Lexicon = Lexicon {
    code: "pt",
    navigation: &[
        "seguinte",
        "proximo",
        "anterior",
        "inicio",
        "indice",
        "voltar",
        "pesquisar",
        "imprimir",
    ],
    stamps: &[
        "ultima atualizacao",
        "atualizado em",
        "publicado em",
        "postado por",
    ],
    page_labels: &[
        "ler mais",
        "mostrar mais",
        "denunciar abuso",
        "comentarios",
        "comentario",
        "responder",
        "partilhar",
        "compartilhar",
        "descarregar",
        "imagem",
        "enviar por email",
        "mensagens populares",
    ],
    salutations: &[
        "querido",
        "querida",
        "meu querido",
        "minha querida",
        "prezado",
        "prezada",
        "caro",
        "cara",
        "excelentissimo",
        "camarada",
    ],
    closings: &[
        "teu",
        "tua",
        "seu",
        "sua",
        "saudacoes",
        "abracos",
        "um abraco",
        "beijos",
        "atenciosamente",
        "cordialmente",
    ],
    notes_headings: &["notas", "nota"],
    function_words: &[
        "o", "a", "os", "as", "um", "uma", "uns", "umas", "de", "do", "da", "dos", "das", "e",
        "ou", "mas", "nao", "em", "no", "na", "nos", "nas", "por", "para", "com", "sem", "sao",
        "era", "se", "seu", "sua", "seus", "que", "quem", "como", "este", "esta",
    ],
};
