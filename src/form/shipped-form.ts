// The "New paper" issue form the project ships (examples/ISSUE_TEMPLATE/new-paper.yml), as text,
// for `init` to tailor to a list. A test keeps the two byte for byte the same.

/** The shipped issue form's YAML. */
export const SHIPPED_FORM_YAML = `name: New paper
description: Propose a paper for the list. A bot checks the answers and opens a pull request with the entry.
title: '[Paper]: '
labels: [new-paper]
body:
  - type: markdown
    attributes:
      value: |
        Thanks for suggesting a paper! The paper's link and its section are enough: a bot reads
        the title, authors and venue from the link for the fields you leave empty, formats the
        entry and opens a pull request that puts it in its section. If something is wrong, the
        bot comments here and you can fix it by editing this issue.

        Please keep the field headings as they are: the bot finds your answers by them.
  - type: input
    id: paper
    attributes:
      label: Paper link
      description: |
        A link to the paper itself (arXiv abs or pdf, DOI, OpenReview, CVF, ACL Anthology, ...),
        starting with \`https://\`. The bot reads the title, authors and venue from it for the
        fields you leave empty.
      placeholder: 'https://arxiv.org/abs/2201.03545'
    validations:
      required: false
  - type: input
    id: title
    attributes:
      label: Title
      description: |
        The paper's title, on one line, as printed on the paper; leave empty to fill from the
        paper link.
      placeholder: 'A ConvNet for the 2020s'
    validations:
      required: false
  - type: textarea
    id: authors
    attributes:
      label: Authors
      description: |
        One author per line, or all on one line separated by commas. Each author is written as
        \`Name\`, \`[Name](url)\`, \`Name <url>\` or \`Name (url)\`; the url is the author's homepage.
        Leave empty to fill from the paper link.
      placeholder: |
        Zhuang Liu
        [Hanzi Mao](https://hanzimao.me)
        Chao-Yuan Wu <https://chaoyuan.org>
        Christoph Feichtenhofer (https://feichtenhofer.github.io)
    validations:
      required: false
  - type: input
    id: venue
    attributes:
      label: Venue and year
      description: |
        As the list writes it: the venue, a four-digit year and optionally the kind of
        presentation (\`CVPR 2023\`, \`ICLR 2024 Oral\`, \`NeurIPS 2022 Spotlight\`), or \`arXiv YYMM\`
        for a preprint (\`arXiv 2301\` is January 2023). Leave empty to fill from the paper link.
      placeholder: 'CVPR 2022'
    validations:
      required: false
  - type: dropdown
    id: section
    attributes:
      label: Section
      description: The section of the list the paper goes in.
      options:
        - Vision Transformers
        - Diffusion Models
        - Efficient Networks
        - Self-Supervised Learning
    validations:
      required: true
  - type: textarea
    id: links
    attributes:
      label: Other links
      description: |
        One link a line, as \`Label: url\` (\`Pytorch-Code: https://github.com/...\`,
        \`Project: https://...\`) or a bare url, whose label is inferred (a GitHub or GitLab
        repository is \`Code\`). Urls start with \`http://\` or \`https://\`.
      placeholder: |
        Pytorch-Code: https://github.com/facebookresearch/ConvNeXt
        https://github.com/facebookresearch/ConvNeXt
    validations:
      required: false
  - type: input
    id: abbreviation
    attributes:
      label: Short name
      description: The short name the list shows for the paper, if it has one.
      placeholder: 'ConvNeXt'
    validations:
      required: false
  - type: dropdown
    id: rating
    attributes:
      label: Rating
      description: How strongly you recommend the paper, from ★ to ★★★. Leave it empty for no rating.
      options:
        - ★
        - ★☆
        - ★★
        - ★★☆
        - ★★★
    validations:
      required: false
  - type: textarea
    id: notes
    attributes:
      label: Notes
      description: Free notes about the paper; several lines are fine.
      placeholder: 'A pure ConvNet modernised step by step towards the design of a vision Transformer.'
    validations:
      required: false
`;
