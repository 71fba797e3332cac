<?php
/**
 * Plugin Name:       Disc Evidence
 * Plugin URI:        https://www.npmjs.com/package/disc-evidence
 * Description:       Shows the clinical evidence on cell therapy for degenerative disc disease honestly: a study card, an outcome timeline and a candidacy checklist, as blocks and shortcodes. Every file is served by your own site.
 * Version:           0.1.0
 * Requires at least: 6.2
 * Requires PHP:      7.4
 * Author:            The disc-evidence authors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       disc-evidence
 * Domain Path:       /languages
 *
 * @package DiscEvidence
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'DISC_EVIDENCE_VERSION', '0.1.0' );
define( 'DISC_EVIDENCE_DIR', __DIR__ );
define( 'DISC_EVIDENCE_FILE', __FILE__ );

require_once __DIR__ . '/includes/attributes.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/shortcodes.php';

add_action( 'init', 'disc_evidence_register_blocks' );
add_action( 'init', 'disc_evidence_register_shortcodes' );
add_action( 'enqueue_block_assets', 'disc_evidence_enqueue_editor_preview' );
