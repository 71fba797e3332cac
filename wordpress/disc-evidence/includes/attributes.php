<?php
/**
 * The elements' attributes, and the one function every value a post gives passes through.
 *
 * `data/elements.json` is written by the build from the library's Custom Elements Manifest: each
 * element's tag, block and shortcode names, and each attribute with its type and allowed values.
 * An attribute it does not list never reaches the page; a value outside its type is dropped.
 *
 * @package DiscEvidence
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Longest text a post may give one attribute; longer values are cut. */
const DISC_EVIDENCE_MAX_TEXT = 500;

/**
 * The elements, keyed by kind (`evidence-card`, `outcome-timeline`, `candidacy-checklist`, `evidence-overview`), and the
 * built-in studies and criteria sets, as the build wrote them.
 *
 * @return array{elements: array<string, array>, studies: array<int, array>, criteria: string[], languages: string[]}
 */
function disc_evidence_definitions() {
	static $definitions = null;
	if ( null === $definitions ) {
		$json        = file_get_contents( DISC_EVIDENCE_DIR . '/data/elements.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin's own.
		$definitions = is_string( $json ) ? json_decode( $json, true ) : null;
		if ( ! is_array( $definitions ) ) {
			$definitions = array(
				'elements'  => array(),
				'studies'   => array(),
				'criteria'  => array(),
				'languages' => array( 'en' ),
			);
		}
	}
	return $definitions;
}

/**
 * One element's definition, or null for a kind the plugin does not have.
 *
 * @param string $kind Element kind, e.g. `evidence-card`.
 * @return array|null
 */
function disc_evidence_element( $kind ) {
	$definitions = disc_evidence_definitions();
	return isset( $definitions['elements'][ $kind ] ) ? $definitions['elements'][ $kind ] : null;
}

/**
 * Whether an id names a built-in study.
 *
 * @param string $id A study id.
 * @return bool
 */
function disc_evidence_is_study( $id ) {
	foreach ( disc_evidence_definitions()['studies'] as $study ) {
		if ( $study['id'] === $id ) {
			return true;
		}
	}
	return false;
}

/**
 * Reads a yes/no value the way shortcodes and blocks write it: `journey`, `journey="true"`,
 * `journey="1"`, `journey="yes"`, or a block's boolean.
 *
 * @param mixed $value The value as given.
 * @return bool
 */
function disc_evidence_truthy( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return in_array( strtolower( trim( (string) $value ) ), array( '', '1', 'true', 'yes', 'on' ), true );
}

/**
 * One attribute value made safe for its type, or null when the value does not fit it.
 *
 * @param array $spec  The attribute's definition: `type` (string, number, boolean, enum, url, ids)
 *                     and, by type, `values`, `min`, `max`, `protocols`, `site` (this site's
 *                     host only), `single`.
 * @param mixed $value The value a post gave.
 * @return string|bool|null A string for the attribute, true for a boolean attribute that is set.
 */
function disc_evidence_clean_value( array $spec, $value ) {
	if ( is_array( $value ) || is_object( $value ) ) {
		return null;
	}
	// A bare word in a shortcode (`[disc_outcome_timeline journey]`) only turns on a yes/no attribute.
	if ( true === $value && 'boolean' !== $spec['type'] ) {
		return null;
	}
	switch ( $spec['type'] ) {
		case 'boolean':
			return disc_evidence_truthy( $value ) ? true : null;
		case 'enum':
			$value = strtolower( trim( (string) $value ) );
			return in_array( $value, $spec['values'], true ) ? $value : null;
		case 'number':
			$value = trim( (string) $value );
			if ( ! preg_match( '/^\d{1,9}$/', $value ) ) {
				return null;
			}
			$number = (int) $value;
			if ( ( isset( $spec['min'] ) && $number < $spec['min'] ) || ( isset( $spec['max'] ) && $number > $spec['max'] ) ) {
				return null;
			}
			return (string) $number;
		case 'url':
			$url = esc_url_raw( trim( (string) $value ), $spec['protocols'] );
			if ( '' === $url ) {
				return null;
			}
			// A widget's own data comes from this site only: a path, or an address on its host.
			if ( ! empty( $spec['site'] ) && ! preg_match( '#^/(?!/)#', $url ) && wp_parse_url( $url, PHP_URL_HOST ) !== wp_parse_url( home_url(), PHP_URL_HOST ) ) {
				return null;
			}
			return $url;
		case 'ids':
			// Space-separated ids; anything but letters, digits and hyphens is dropped.
			$ids = preg_split( '/[\s,]+/', strtolower( (string) $value ), -1, PREG_SPLIT_NO_EMPTY );
			$ids = array_filter(
				$ids,
				static function ( $id ) {
					return (bool) preg_match( '/^[a-z0-9][a-z0-9-]{0,63}$/', $id );
				}
			);
			return $ids ? implode( ' ', array_slice( array_values( $ids ), 0, empty( $spec['single'] ) ? 20 : 1 ) ) : null;
		default:
			$text = trim( wp_strip_all_tags( (string) $value ) );
			if ( '' === $text ) {
				return null;
			}
			return function_exists( 'mb_substr' ) ? mb_substr( $text, 0, DISC_EVIDENCE_MAX_TEXT ) : substr( $text, 0, DISC_EVIDENCE_MAX_TEXT );
	}
}

/**
 * The element attributes a block or shortcode asks for, with only the attributes the element
 * has and only values that fit them. Keys are the element's attribute names (`heading-level`).
 *
 * @param string $kind Element kind.
 * @param array  $raw  Attribute values keyed by the element's names or the block's camelCase names.
 * @return array<string, string|bool>
 */
function disc_evidence_clean_attributes( $kind, array $raw ) {
	$element = disc_evidence_element( $kind );
	$clean   = array();
	if ( ! $element ) {
		return $clean;
	}
	foreach ( $element['attributes'] as $name => $spec ) {
		$value = null;
		if ( array_key_exists( $name, $raw ) ) {
			$value = $raw[ $name ];
		} elseif ( array_key_exists( $spec['block'], $raw ) ) {
			$value = $raw[ $spec['block'] ];
		}
		if ( null === $value || ( 'boolean' === $spec['type'] && false === $value ) ) {
			continue;
		}
		$value = disc_evidence_clean_value( $spec, $value );
		if ( null !== $value ) {
			$clean[ $name ] = $value;
		}
	}
	return $clean;
}

/**
 * The site's own interest in the treatment, as a block or shortcode gives it, as plain text (no
 * markup), or '' when none is given. Sites can give one for every widget with the
 * `disc_evidence_disclosure` filter.
 *
 * @param mixed $value The disclosure a block or shortcode gave.
 * @return string
 */
function disc_evidence_disclosure( $value ) {
	$text = is_scalar( $value ) ? disc_evidence_clean_value( array( 'type' => 'string' ), $value ) : null;
	/**
	 * Filters the disclosure shown above each widget.
	 *
	 * @param string $text The disclosure the block or shortcode gave, or ''.
	 */
	$text = apply_filters( 'disc_evidence_disclosure', null === $text ? '' : $text );
	return is_string( $text ) ? trim( wp_strip_all_tags( $text ) ) : '';
}

/**
 * The widgets' language from the site's locale (`es_ES` becomes `es-ES`); a language the widgets do
 * not speak falls back to English, so that the text and the `lang` attribute agree.
 *
 * @return string
 */
function disc_evidence_language() {
	$locale    = str_replace( '_', '-', (string) get_locale() );
	$primary   = strtolower( (string) strtok( $locale, '-' ) );
	$languages = disc_evidence_definitions()['languages'];
	if ( ! in_array( $primary, $languages, true ) ) {
		return 'en';
	}
	return preg_match( '/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/', $locale ) ? $locale : $primary;
}
