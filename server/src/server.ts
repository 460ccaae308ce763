console.log("server stub");
