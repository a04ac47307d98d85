using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.SqlServer.Application
{
    /// <inheritdoc />
    public partial class WipBuurtTops : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BuurtTopCycli",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IntervalJaren = table.Column<int>(type: "int", nullable: false),
                    AankondigingMaanden = table.Column<int>(type: "int", nullable: false),
                    HerinneringDagen = table.Column<int>(type: "int", nullable: false),
                    Regio = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Dagregel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    VasteDag = table.Column<int>(type: "int", nullable: true),
                    VasteMaand = table.Column<int>(type: "int", nullable: true),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuurtTopCycli", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BuurtTops",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    GebiedId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Titel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Plek = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Organisator = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    WijkbeeldId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    WijkbeeldVersie = table.Column<int>(type: "int", nullable: true),
                    Capaciteit = table.Column<int>(type: "int", nullable: true),
                    Plan = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Aanwezigheid = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Opbrengsten = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Signaleringen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AgendaId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GehoudenOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    VerwerktOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuurtTops", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuurtTops_Gebieden_GebiedId",
                        column: x => x.GebiedId,
                        principalTable: "Gebieden",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BuurtTopAanmeldingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BuurtTopId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    Categorie = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ToestemmingVersie = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ToestemmingOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AfmeldSleutelHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AangemeldOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AfgemeldOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    VanWachtlijstOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuurtTopAanmeldingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuurtTopAanmeldingen_BuurtTops_BuurtTopId",
                        column: x => x.BuurtTopId,
                        principalTable: "BuurtTops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BuurtTopUitnodigingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BuurtTopId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Categorie = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    VerstuurdDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    VerstuurdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuurtTopUitnodigingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuurtTopUitnodigingen_BuurtTops_BuurtTopId",
                        column: x => x.BuurtTopId,
                        principalTable: "BuurtTops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BuurtTopAanmeldingen_BuurtTopId",
                table: "BuurtTopAanmeldingen",
                column: "BuurtTopId");

            migrationBuilder.CreateIndex(
                name: "IX_BuurtTopAanmeldingen_TenantId_AfmeldSleutelHash",
                table: "BuurtTopAanmeldingen",
                columns: new[] { "TenantId", "AfmeldSleutelHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BuurtTopAanmeldingen_TenantId_BuurtTopId_Email",
                table: "BuurtTopAanmeldingen",
                columns: new[] { "TenantId", "BuurtTopId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_BuurtTopCycli_TenantId",
                table: "BuurtTopCycli",
                column: "TenantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BuurtTops_GebiedId",
                table: "BuurtTops",
                column: "GebiedId");

            migrationBuilder.CreateIndex(
                name: "IX_BuurtTops_TenantId_GebiedId_Datum",
                table: "BuurtTops",
                columns: new[] { "TenantId", "GebiedId", "Datum" });

            migrationBuilder.CreateIndex(
                name: "IX_BuurtTopUitnodigingen_BuurtTopId",
                table: "BuurtTopUitnodigingen",
                column: "BuurtTopId");

            migrationBuilder.CreateIndex(
                name: "IX_BuurtTopUitnodigingen_TenantId_BuurtTopId_Email",
                table: "BuurtTopUitnodigingen",
                columns: new[] { "TenantId", "BuurtTopId", "Email" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BuurtTopAanmeldingen");

            migrationBuilder.DropTable(
                name: "BuurtTopCycli");

            migrationBuilder.DropTable(
                name: "BuurtTopUitnodigingen");

            migrationBuilder.DropTable(
                name: "BuurtTops");
        }
    }
}
