using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.Sqlite.Application
{
    /// <inheritdoc />
    public partial class Wijkbudgetten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Begrotingsbesluiten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Jaar = table.Column<int>(type: "INTEGER", nullable: false),
                    Besluit = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    VastgelegdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Begrotingsbesluiten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Budgetmethodieken",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Inhoud = table.Column<string>(type: "TEXT", nullable: false),
                    Raadsbesluit = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Budgetmethodieken", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Wijkbudgetten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WijkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MethodiekId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartJaar = table.Column<int>(type: "INTEGER", nullable: false),
                    AantalJaren = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Regels = table.Column<string>(type: "TEXT", nullable: false),
                    Bronnen = table.Column<string>(type: "TEXT", nullable: false),
                    Tranches = table.Column<string>(type: "TEXT", nullable: false),
                    Wijzigingen = table.Column<string>(type: "TEXT", nullable: false),
                    Toekenning = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Evaluatie = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    VoorgangerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OpvolgerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EindeGemeld = table.Column<bool>(type: "INTEGER", nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GewijzigdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wijkbudgetten", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Begrotingsbesluiten_TenantId_Jaar",
                table: "Begrotingsbesluiten",
                columns: new[] { "TenantId", "Jaar" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Budgetmethodieken_TenantId_Versie",
                table: "Budgetmethodieken",
                columns: new[] { "TenantId", "Versie" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Wijkbudgetten_TenantId_WijkId_StartJaar",
                table: "Wijkbudgetten",
                columns: new[] { "TenantId", "WijkId", "StartJaar" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Begrotingsbesluiten");

            migrationBuilder.DropTable(
                name: "Budgetmethodieken");

            migrationBuilder.DropTable(
                name: "Wijkbudgetten");
        }
    }
}
