using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.Sqlite.Application
{
    /// <inheritdoc />
    public partial class Ervaringsconferenties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Ervaringsconferenties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Thema = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Datum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Plek = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Capaciteit = table.Column<int>(type: "INTEGER", nullable: true),
                    Programma = table.Column<string>(type: "TEXT", nullable: false),
                    WijkIds = table.Column<string>(type: "TEXT", nullable: false),
                    Lessen = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ervaringsconferenties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Conferentieaanmeldingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConferentieId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    ToestemmingVersie = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ToestemmingOp = table.Column<long>(type: "INTEGER", nullable: false),
                    AfmeldSleutelHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AangemeldOp = table.Column<long>(type: "INTEGER", nullable: false),
                    AfgemeldOp = table.Column<long>(type: "INTEGER", nullable: true),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conferentieaanmeldingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Conferentieaanmeldingen_Ervaringsconferenties_ConferentieId",
                        column: x => x.ConferentieId,
                        principalTable: "Ervaringsconferenties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Conferentieaanmeldingen_ConferentieId",
                table: "Conferentieaanmeldingen",
                column: "ConferentieId");

            migrationBuilder.CreateIndex(
                name: "IX_Conferentieaanmeldingen_TenantId_AfmeldSleutelHash",
                table: "Conferentieaanmeldingen",
                columns: new[] { "TenantId", "AfmeldSleutelHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Conferentieaanmeldingen_TenantId_ConferentieId_Email",
                table: "Conferentieaanmeldingen",
                columns: new[] { "TenantId", "ConferentieId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_Ervaringsconferenties_TenantId_Datum",
                table: "Ervaringsconferenties",
                columns: new[] { "TenantId", "Datum" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Conferentieaanmeldingen");

            migrationBuilder.DropTable(
                name: "Ervaringsconferenties");
        }
    }
}
