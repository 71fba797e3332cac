<?php
/**
 * The blocks: one per element, dynamic. A post stores only the block's comment with its
 * attributes; the element is written when the page is served, so the editor's HTML filter never
 * sees a custom tag, and an author without `unfiltered_html` can embed every widget.
 *
 * @package DiscEvidence
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers the editor script and the blocks (`blocks/<kind>/block.json`, written by the build from
 * the library's Custom Elements Manifest).
 */
function disc_evidence_register_blocks() {
	wp_register_script(
		'disc-evidence-editor',
		plugins_url( 'editor/blocks.js', DISC_EVIDENCE_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		DISC_EVIDENCE_VERSION,
		true
	);
	$definitions = disc_evidence_definitions();
	wp_add_inline_script(
		'disc-evidence-editor',
		'window.discEvidenceEditor = ' . wp_json_encode(
			array(
				'elements'        => $definitions['elements'],
				'studies'         => $definitions['studies'],
				'criteria'        => $definitions['criteria'],
				'lang'            => disc_evidence_language(),
				'disclosureLabel' => disc_evidence_text( 'disclosure', disc_evidence_language() ),
			)
		) . ';',
		'before'
	);
	wp_set_script_translations( 'disc-evidence-editor', 'disc-evidence', DISC_EVIDENCE_DIR . '/languages' );

	foreach ( array_keys( $definitions['elements'] ) as $kind ) {
		$folder = DISC_EVIDENCE_DIR . '/blocks/' . $kind;
		if ( ! is_readable( $folder . '/block.json' ) ) {
			continue;
		}
		register_block_type(
			$folder,
			array(
				'render_callback' => static function ( $attributes ) use ( $kind ) {
					$wrapper = get_block_wrapper_attributes( array( 'class' => 'disc-evidence-widget' ) );
					return disc_evidence_render( $kind, is_array( $attributes ) ? $attributes : array(), $wrapper );
				},
			)
		);
	}
}
