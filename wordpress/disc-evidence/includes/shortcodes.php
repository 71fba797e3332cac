<?php
/**
 * The shortcodes, for the classic editor and page builders: `[disc_evidence_card study="bates-2022"]`,
 * `[disc_outcome_timeline studies="gornet-2024 xie-2021" journey]`, `[disc_candidacy_checklist]`,
 * `[disc_evidence_overview]`.
 * Attributes are the elements' own (`heading-level`, `cta-href`…) plus `disclosure`.
 *
 * @package DiscEvidence
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Registers one shortcode per element, named in `data/elements.json`. */
function disc_evidence_register_shortcodes() {
	foreach ( disc_evidence_definitions()['elements'] as $kind => $element ) {
		add_shortcode(
			$element['shortcode'],
			static function ( $atts ) use ( $kind ) {
				return disc_evidence_render( $kind, disc_evidence_shortcode_attributes( $atts ) );
			}
		);
	}
}

/**
 * A shortcode's attributes as named values: a bare word such as `journey` means that yes/no
 * attribute is on.
 *
 * @param array|string $atts What WordPress parsed from the shortcode ('' when it has none).
 * @return array
 */
function disc_evidence_shortcode_attributes( $atts ) {
	$named = array();
	if ( ! is_array( $atts ) ) {
		return $named;
	}
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$named[ strtolower( (string) $value ) ] = true;
		} else {
			$named[ strtolower( (string) $key ) ] = $value;
		}
	}
	return $named;
}
