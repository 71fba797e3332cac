<?php
/**
 * One widget as server HTML: the element with its clean attributes, the site's disclosure above
 * it, and, for built-in data, the static export's plain HTML inside it, so the content is in the
 * page without JavaScript and the element takes it over without a flash.
 *
 * @package DiscEvidence
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Renders one widget. Every attribute goes through `disc_evidence_clean_attributes()`; every value
 * written into the HTML is escaped here.
 *
 * @param string $kind    Element kind: `evidence-card`, `outcome-timeline`, `candidacy-checklist` or `evidence-overview`.
 * @param array  $raw     Attribute values as a block or shortcode gave them, and `disclosure`.
 * @param string $wrapper Attributes for the wrapping `<div>`, already escaped (a block's wrapper
 *                        attributes), or '' for the plugin's own class.
 * @return string
 */
function disc_evidence_render( $kind, array $raw, $wrapper = '' ) {
	$element = disc_evidence_element( $kind );
	if ( ! $element || ! preg_match( '/^disc-[a-z-]+$/', $element['tag'] ) ) {
		return '';
	}
	$attributes = disc_evidence_clean_attributes( $kind, $raw );
	$lang       = disc_evidence_language();
	$disclosure = disc_evidence_disclosure( isset( $raw['disclosure'] ) ? $raw['disclosure'] : '' );

	disc_evidence_enqueue_loader();

	$tag  = $element['tag'];
	$html = '<' . $tag;
	foreach ( $attributes as $name => $value ) {
		if ( ! preg_match( '/^[a-z][a-z-]*$/', $name ) ) {
			continue;
		}
		$html .= true === $value ? ' ' . $name : ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$html .= ' lang="' . esc_attr( $lang ) . '">' . disc_evidence_fallback( $kind, $attributes, $lang ) . '</' . $tag . '>';

	if ( '' === $wrapper ) {
		$wrapper = 'class="disc-evidence-widget disc-evidence-' . esc_attr( $kind ) . '"';
	}
	$label = disc_evidence_text( 'disclosure', $lang );
	$note  = '' === $disclosure ? '' : '<p class="disc-evidence-disclosure" lang="' . esc_attr( $lang ) . '"><strong>' . esc_html( $label ) . '</strong> ' . esc_html( $disclosure ) . '</p>';
	return '<div ' . $wrapper . '>' . $note . $html . '</div>';
}

/**
 * A text the plugin shows readers, in the widgets' language (from `data/elements.json`, written by
 * the build beside the widgets' own texts).
 *
 * @param string $key  Which text.
 * @param string $lang The widgets' language.
 * @return string
 */
function disc_evidence_text( $key, $lang ) {
	$texts   = disc_evidence_definitions()['texts'] ?? array();
	$primary = strtolower( (string) strtok( $lang, '-' ) );
	if ( isset( $texts[ $primary ][ $key ] ) ) {
		return $texts[ $primary ][ $key ];
	}
	return isset( $texts['en'][ $key ] ) ? $texts['en'][ $key ] : '';
}

/**
 * The static export of a widget on built-in data, pre-rendered by the build, or '' when the
 * widget shows what the build did not draw (a site's own file, several studies on one timeline,
 * a view chosen by hand, a compact card).
 *
 * @param string $kind       Element kind.
 * @param array  $attributes Clean attributes.
 * @param string $lang       The widgets' language.
 * @return string
 */
function disc_evidence_fallback( $kind, array $attributes, $lang ) {
	if ( isset( $attributes['src'] ) ) {
		return '';
	}
	$file = '';
	$full = ! isset( $attributes['variant'] ) || 'full' === $attributes['variant'];
	if ( 'evidence-card' === $kind && $full && isset( $attributes['study'] ) && disc_evidence_is_study( $attributes['study'] ) ) {
		$file = 'card-' . $attributes['study'];
	} elseif ( 'outcome-timeline' === $kind && isset( $attributes['studies'] ) && ! isset( $attributes['view'] ) && disc_evidence_is_study( $attributes['studies'] ) ) {
		$file = 'timeline-' . $attributes['studies'] . ( isset( $attributes['journey'] ) ? '-journey' : '' );
	} elseif ( 'candidacy-checklist' === $kind ) {
		$criteria = isset( $attributes['criteria'] ) ? $attributes['criteria'] : 'ddd-msc';
		if ( in_array( $criteria, disc_evidence_definitions()['criteria'], true ) ) {
			$file = 'checklist-' . $criteria;
		}
	} elseif ( 'evidence-overview' === $kind && ! isset( $attributes['studies'] ) ) {
		$file = 'overview';
	}
	$primary = strtolower( (string) strtok( $lang, '-' ) );
	if ( '' === $file || ! preg_match( '/^[a-z0-9-]+$/', $file . $primary ) ) {
		return '';
	}
	$path = DISC_EVIDENCE_DIR . '/fallback/' . $primary . '/' . $file . '.html';
	if ( ! is_readable( $path ) ) {
		return '';
	}
	// The plugin's own file, written by the build from the library's static export.
	$html = (string) file_get_contents( $path ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
	// The export's headings start at the element's default level (the card's headline at 3, the
	// overview's title at 2) and go down from there: move them all by the same step.
	$default = 'evidence-overview' === $kind ? 2 : 3;
	$level   = isset( $attributes['heading-level'] ) ? (int) $attributes['heading-level'] : $default;
	if ( in_array( $kind, array( 'evidence-card', 'evidence-overview' ), true ) && $default !== $level ) {
		$html = preg_replace_callback(
			'/role="heading" aria-level="([1-6])"/',
			static function ( $match ) use ( $level, $default ) {
				return 'role="heading" aria-level="' . min( 6, (int) $match[1] + $level - $default ) . '"';
			},
			$html
		);
	}
	return $html;
}
