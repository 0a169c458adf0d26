/* Weft evidence: makes the coding frame's tree collapsible. Without this script every node is shown.
   Each node with children gets a disclosure button (a real <button>, so Tab, Enter and Space work). */
(function () {
  'use strict';
  var tree = document.getElementById('frame-tree');
  if (!tree) {
    return;
  }
  var openDepth = parseInt(tree.getAttribute('data-open-depth'), 10) || 1;
  var buttons = [];
  // English here; the article's language from search-index.js (loaded before this script) where it has its own
  var data = window.WEFT_EVIDENCE_INDEX;
  function w(key, english) {
    return (data && data.words && data.words[key]) || english;
  }

  function setOpen(button, open) {
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    document.getElementById(button.getAttribute('aria-controls')).hidden = !open;
  }

  Array.prototype.forEach.call(tree.querySelectorAll('.tree-item'), function (item) {
    var row = item.querySelector(':scope > .tree-row');
    var children = item.querySelector(':scope > .tree-children');
    if (!children) {
      return;
    }
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'tree-toggle';
    button.setAttribute('aria-controls', children.id);
    var name = document.createElement('span');
    name.className = 'visually-hidden';
    name.textContent = w('tree.nodesBelow', 'Nodes below {node}').replace('{node}', function () {
      return row.querySelector('.tree-link').textContent;
    });
    button.appendChild(name);
    button.addEventListener('click', function () {
      setOpen(button, button.getAttribute('aria-expanded') !== 'true');
    });
    row.replaceChild(button, row.querySelector(':scope > .tree-spacer'));
    setOpen(button, parseInt(item.getAttribute('data-depth'), 10) < openDepth);
    buttons.push(button);
  });

  if (buttons.length === 0) {
    return;
  }
  var tools = document.createElement('div');
  tools.className = 'tree-tools';
  [[w('tree.expandAll', 'Expand all'), true], [w('tree.collapseAll', 'Collapse all'), false]].forEach(function (action) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = action[0];
    b.addEventListener('click', function () {
      buttons.forEach(function (button) { setOpen(button, action[1]); });
    });
    tools.appendChild(b);
  });
  tree.parentNode.insertBefore(tools, tree);
}());
