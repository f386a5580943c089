"""CalmReply's web app: `streamlit run streamlit_app.py`. Pages live in assistant.ui."""

import streamlit as st

from assistant.ui import draft_page, evals_page, history_page, knowledge_page

st.set_page_config(page_title="CalmReply", page_icon=":material/forum:", layout="wide")
st.navigation(
    [
        st.Page(
            draft_page.page,
            title="Draft",
            icon=":material/edit_note:",
            url_path="draft",
            default=True,
        ),
        st.Page(
            knowledge_page.page,
            title="Knowledge base",
            icon=":material/menu_book:",
            url_path="knowledge",
        ),
        st.Page(history_page.page, title="History", icon=":material/history:", url_path="history"),
        st.Page(evals_page.page, title="Evals", icon=":material/analytics:", url_path="evals"),
    ]
).run()
