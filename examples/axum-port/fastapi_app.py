"""The items app of the port, written in FastAPI: the referee of tests/parity.rs.

The parity test starts it with `python3 -m uvicorn fastapi_app:app` on
127.0.0.1 and sends it the same requests as the axum port. It needs the
versions pinned in requirements.txt beside it.
"""

from fastapi import FastAPI, HTTPException, WebSocket, WebSocketDisconnect, status
from pydantic import BaseModel

app = FastAPI()

items: dict[str, "Item"] = {}
disconnects: list[dict] = []

# nginx's "client closed request": no registry has 499, and FastAPI sends it
# all the same.
CLIENT_CLOSED_REQUEST = 499
# The app's own close code, in the private-use range 4000-4999.
WS_4001_QUIT = 4001


class Item(BaseModel):
    name: str
    price: float


@app.get("/items/{name}")
async def read_item(name: str) -> Item:
    if name not in items:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Item not found")
    return items[name]


@app.post("/items/", status_code=status.HTTP_201_CREATED)
async def create_item(item: Item) -> Item:
    if item.name in items:
        raise HTTPException(status_code=status.HTTP_409_CONFLICT, detail="Item already exists")
    items[item.name] = item
    return item


@app.delete("/items/{name}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_item(name: str) -> None:
    if items.pop(name, None) is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Item not found")


@app.get("/items/{name}/abandon", status_code=CLIENT_CLOSED_REQUEST)
async def abandon_item(name: str) -> dict:
    return {"abandoned": name}


@app.websocket("/ws")
async def ws(websocket: WebSocket) -> None:
    await websocket.accept()
    try:
        while True:
            message = await websocket.receive()
            if message["type"] == "websocket.disconnect":
                raise WebSocketDisconnect(message.get("code", 1000), message.get("reason"))
            text = message.get("text")
            if text is None:
                await websocket.close(
                    code=status.WS_1003_UNSUPPORTED_DATA,
                    reason="only text messages are accepted",
                )
                return
            if not text.strip():
                await websocket.close(
                    code=status.WS_1008_POLICY_VIOLATION,
                    reason="empty messages are not allowed",
                )
                return
            if text == "quit":
                await websocket.close(code=WS_4001_QUIT, reason="the client asked to quit")
                return
            await websocket.send_text(text)
    except WebSocketDisconnect as disconnect:
        disconnects.append({"code": disconnect.code, "reason": disconnect.reason})


@app.get("/ws/disconnects")
async def get_disconnects() -> list[dict]:
    return disconnects
