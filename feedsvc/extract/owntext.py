"""Tags a page writes its text straight into, lines split only by ``<br>``: besides the
paragraph-like tags the container search scores, a ``<blockquote>`` holding the whole story
and a tag no version of HTML defines (``<article-content>``, ``<founder-content>``,
``<content>``), which a site's own templates or its CMS invent."""

from __future__ import annotations

#: The tag names HTML defines, current and obsolete (font, center, marquee): a page's tag not
#: among them is its own invention.
HTML_TAGS = frozenset(
    "a abbr acronym address applet area article aside audio b base basefont bdi bdo bgsound big"
    " blink blockquote body br button canvas caption center cite code col colgroup data datalist"
    " dd del details dfn dialog dir div dl dt em embed fieldset figcaption figure font footer"
    " form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins"
    " kbd label legend li link main map mark marquee menu meta meter nav nobr noembed noframes"
    " noscript object ol optgroup option output p param picture plaintext pre progress q rb rp"
    " rt rtc ruby s samp script search section select slot small source span strike strong"
    " style sub summary sup svg math table tbody td template textarea tfoot th thead time title"
    " tr track tt u ul var video wbr xmp".split()
)


#: The tags that never hold the story's text written straight into them: every HTML tag but the
#: blockquote (a tag of the site's own invention may; an XML prefix such as ``o:p`` may not).
NO_TEXT_HOLDER = HTML_TAGS - {"blockquote"}
