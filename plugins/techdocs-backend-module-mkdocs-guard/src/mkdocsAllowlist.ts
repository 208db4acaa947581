/**
 * What a repository's mkdocs configuration may contain. Each plugin and
 * Markdown extension lists the options it may take: none of them names a
 * file, a folder, a command or a Python callable.
 */

export const TOP_LEVEL_KEYS = new Set([
  'site_name',
  'site_description',
  'site_author',
  'site_url',
  'copyright',
  'repo_url',
  'repo_name',
  'edit_uri',
  'docs_dir',
  'nav',
  'theme',
  'plugins',
  'markdown_extensions',
  'extra',
  'extra_css',
  'use_directory_urls',
  'strict',
  'validation',
  'not_in_nav',
]);

export const THEME_KEYS = new Set([
  'name',
  'palette',
  'features',
  'font',
  'icon',
  'logo',
  'favicon',
  'language',
]);

export const THEMES = new Set(['material', 'mkdocs', 'readthedocs']);

export const PLUGINS: Record<string, readonly string[]> = {
  search: ['lang', 'separator', 'min_search_length', 'indexing'],
  'techdocs-core': [],
};

/**
 * Markdown extensions that only change how Markdown renders. Notably absent:
 * pymdownx.snippets, pymdownx.b64, pymdownx.pathconverter and
 * markdown-include, which read files (Debian's pymdownx 9 lets snippets
 * climb out of their base path), and pymdownx.emoji, whose options are
 * Python callables.
 */
export const EXTENSIONS: Record<string, readonly string[]> = {
  abbr: [],
  admonition: [],
  attr_list: [],
  codehilite: [
    'linenums',
    'guess_lang',
    'css_class',
    'pygments_style',
    'noclasses',
    'use_pygments',
    'lang_prefix',
  ],
  def_list: [],
  fenced_code: ['lang_prefix'],
  footnotes: [
    'PLACE_MARKER',
    'UNIQUE_IDS',
    'BACKLINK_TEXT',
    'SUPERSCRIPT_TEXT',
    'BACKLINK_TITLE',
    'SEPARATOR',
  ],
  md_in_html: [],
  meta: [],
  sane_lists: [],
  smarty: [
    'smart_dashes',
    'smart_quotes',
    'smart_angled_quotes',
    'smart_ellipses',
  ],
  tables: [],
  toc: [
    'marker',
    'title',
    'anchorlink',
    'anchorlink_class',
    'permalink',
    'permalink_class',
    'permalink_title',
    'permalink_leading',
    'baselevel',
    'separator',
    'toc_depth',
  ],
  'pymdownx.arithmatex': [
    'inline_syntax',
    'block_syntax',
    'generic',
    'tex_inline_wrap',
    'tex_block_wrap',
    'smart_dollar',
    'preview',
    'block_tag',
  ],
  'pymdownx.betterem': ['smart_enable'],
  'pymdownx.caret': ['smart_insert', 'insert', 'superscript'],
  'pymdownx.critic': ['mode'],
  'pymdownx.details': [],
  'pymdownx.highlight': [
    'css_class',
    'guess_lang',
    'pygments_style',
    'use_pygments',
    'noclasses',
    'linenums',
    'linenums_special',
    'linenums_style',
    'linenums_class',
    'language_prefix',
    'code_attr_on_pre',
    'auto_title',
    'line_spans',
    'anchor_linenums',
    'line_anchors',
    'pygments_lang_class',
    'stripnl',
    'default_lang',
  ],
  'pymdownx.inlinehilite': ['style_plain_text', 'css_class'],
  'pymdownx.keys': ['separator', 'strict', 'camel_case'],
  'pymdownx.mark': ['smart_mark'],
  'pymdownx.smartsymbols': [
    'trademark',
    'copyright',
    'registered',
    'plusminus',
    'arrows',
    'notequal',
    'fractions',
    'ordinal_numbers',
    'care_of',
  ],
  'pymdownx.superfences': [
    'disable_indented_code_blocks',
    'css_class',
    'preserve_tabs',
  ],
  'pymdownx.tabbed': ['alternate_style', 'separator', 'combine_header_slug'],
  'pymdownx.tasklist': ['custom_checkbox', 'clickable_checkbox'],
  'pymdownx.tilde': ['smart_delete', 'delete', 'subscript'],
};
